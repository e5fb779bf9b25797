# A story written for this test: in a quoted sentence, "we", "us", "I" and
# "me" are its one speaker (the subject before the verb of saying, or the
# name after it); two speakers of different codes leave them uncoded, but
# what the two say they will do is theirs (the attribution after a quote is
# kept as "Lavrov and Wang Yi said they will meet"). Run by tests/stories.sh.
text: tests/stories/quote-speaker.txt
date: 2023-06-01
dictionaries: default

2 RUSGOV UKR 111               # "We condemn ..., the ministry said": we = the ministry
2 UKR RUS 190                  # the attack condemned is taken as given (a reaction)
3 RUSGOV CHN 051               # Lavrov said: "I thanked China": I = Lavrov
4 RUSGOV TURGOV 036            # "We will meet ...," Lavrov and Wang Yi said: each states the intent
4 CHNGOV TURGOV 036
