# A story written for this test: a phrasal verb is not its verb's other
# sense ("had broken down" is no breach of the deal named later in the
# sentence); seeking a thing is no appeal to its owner ("seeking the
# Republican presidential nomination"), seeking it from someone is; taking
# over an investigation occupies nothing; asking someone whether, if or
# about something is a question, no appeal (asking about 30 exporters to
# refrain is one). Run by tests/stories.sh.
text: tests/stories/verb-senses.txt
date: 2019-03-01
dictionaries: default

1 JPN CHN 046                  # "broken down since the summit in Hanoi ... without a deal": talks were held, no breach
1 CHN JPN 046
2 -                            # "seeking the Republican presidential nomination": no appeal to the party
3 IRN RUS 0232                 # "sought military aid from Russia"
4 -                            # "took over the Russia investigation": no occupation of Russia
5 -                            # "asked Donald Trump whether he would meet": a question
6 USAGOV CHN 020               # "asked China to buy": an appeal
7 JPNGOVBUS JPNBUS 020         # "asked about 30 Japanese exporters to cut": "about" a number, an appeal
