# A story written for this test: pausing aid is halting it (1622), not
# aid; "military aid" is a noun phrase. Run by tests/stories.sh.
text: tests/stories/paused-aid.txt
date: 2025-03-04
dictionaries: default

1 USAGOV UKR 1622              # "has paused all military aid to Ukraine"
