# A story written for this test: a counted number of people ("30 people",
# "Forty-four people") is a crowd of civilians, of the place the sentence
# names (Quetta), else of the story; bare "people" is nothing. A noun phrase
# hanging on an uncoded noun by a preposition of place ("explosions near
# the Iranian Embassy") is not the subject; Run by
# tests/stories.sh.
text: tests/stories/counted-people.txt
date: 2019-06-04
dictionaries: default

1 UKR UKRCVL 173               # "were arrested in Kiev": the place arrests (agentless passive), 44 civilians
2 AFGREB PAKCVL 1831           # civilians of the place the sentence names: Quetta
3 RUS UKR 190                  # "People familiar with the matter": no actor; the reported attack stands
4 -                            # the explosions, not the embassy, killed: no source
5 GBRCVL USAGOV 141             # "marched through central London": civilians of the place ("through" is a place word)
