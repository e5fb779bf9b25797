# A story written for this test: an act received, faced, drawn or come
# under is done by the "from" phrase to the subject ("Iran received a
# warning from the United States"); a denied one is none; "a great deal
# of" is an amount, no deal.
# Run by tests/stories.sh.
text: tests/stories/received.txt
date: 2019-06-01
dictionaries: default

1 USA IRN 130                 # "received a stern warning from"
2 IGOEU RUS 163               # "faced new sanctions from"
3 IGOEU ISR 111               # "came under sharp criticism from"
4 DEU UKR 072                 # "received military aid from" (the verb's own pattern)
5 -                           # "did not receive"
6 RUSGOV DEUGOV 041           # "received a phone call from"
7 -                           # "a great deal of his support": no agreement
8 USA IRN 163                 # "faces new U.S. sanctions": the actor words before the noun
9 -                           # "a terrorist threat" names no one
10 USAELI DEUGOV 051           # "great praise of": only "a great deal of" is an amount
