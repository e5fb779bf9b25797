# A story written for this test: an act under "would"/"will" in what a verb
# of saying reports, with the speaker as its subject ("said it would"), is
# the speaker's stated intent (03x) or threat (13x), not the act; with
# another subject it is a prediction and gives nothing. Run by
# tests/stories.sh.
text: tests/stories/intent.txt
date: 2019-01-01
dictionaries: default

1 USA NGA 033                  # said it would send aid: intent to provide aid
2 RUS UKR 138                  # said it would attack: threat of force ("it" is the speaker)
3 CHN JPN 036                  # said it will meet Japan: intent to meet, not a meeting
4 -                            # "Germany said Russia would attack Poland": a prediction
