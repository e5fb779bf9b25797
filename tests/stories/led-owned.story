# A story written for this test: a nationality joined to a word of leading,
# flying or owning ("Saudi-led coalition", "British-flagged tanker") names
# that state; "-backed" does not (the backer's proxies are not the backer).
# Run by tests/stories.sh.
text: tests/stories/led-owned.txt
date: 2019-04-01
dictionaries: default

1 SAU YEM 195                  # "The Saudi-led coalition bombed Yemen"
2 IRN GBR 1711                 # "seized a British-flagged oil tanker"
3 -                            # "Iranian-backed militias": not Iran, and no country of their own here
