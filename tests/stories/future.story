# A story written for this test: an act under "will" is a forecast, not an
# act ("will visit China next week"), unless a verb of saying makes it the
# speaker's stated intent ("said Japan will send aid": 033), also when the
# verb of saying follows ("..., the ministry said"). Run by
# tests/stories.sh.
text: tests/stories/future.txt
date: 2019-04-01
dictionaries: default

1 -                            # "will visit China next week": not the visit
2 -                            # "will host Abe": not the hosting
3 JPNGOV CHN 033               # "said Japan will send aid to China": Abe states Japan's intent
4 CHNGOV JPN 036               # "China will meet Japan next month, the ministry said": the ministry states the intent
