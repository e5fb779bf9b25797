# A story written for this test: a day or a stretch of time before the
# comma ("On Monday,", "Two days later,") is no subject, and the noun phrase
# after it with "a" is the subject, no apposition to it; a suicide bomber is
# an attacker of the group named with it. Run by tests/stories.sh.
text: tests/stories/opening-phrase.txt
date: 2013-06-20
dictionaries: default

1 AFGREB PAK 1831              # "a Taliban suicide bomber killed": a suicide bombing
2 AFGREBUAF PAK 190            # "a Taliban gunman killed" (a gunman is an armed man of no force)
