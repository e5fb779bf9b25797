# A story written for this test, with no date: a person's title tells the
# office held then better than the person's latest code ("US Secretary of
# State Mike Pompeo" is USAGOV though Pompeo left office in 2021). Run by
# tests/stories.sh.
text: tests/stories/titled-undated.txt
dictionaries: default

1 USAGOV SAUGOV 040            # the title's office, not Pompeo's latest code (USAELI)
