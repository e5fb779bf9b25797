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
5 GBR IRN 1053                 # "said Iran must release the sailors": Britain demands a release of Iran
6 -                            # "should agree to talks": no coded act under "should"
7 FRA USA 106                  # "said the United States should withdraw its troops": a demand for withdrawal
8 -                            # "said it must protect its ships": the speaker's own duty, no one else's act asked
