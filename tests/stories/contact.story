# A story written for this test: a contact made ("contacted", "reached out
# to") is a consultation (040); "reached an agreement" stays an agreement.
# "Spoke by phone from Geneva with X" is a call to X, not to the place.
# Run by tests/stories.sh.
text: tests/stories/contact.txt
date: 2014-09-10
dictionaries: default

1 IRQGOV USAGOV 040            # "contacted the American ambassador"
2 USAGOV JORGOV 040            # "reached out to leaders from Jordan and Qatar": each
2 USAGOV QATGOV 040
3 RUS CHN 057                  # "reached an agreement with": the plain verb's own block
4 GBRGOV USAGOV 020            # "made the case to X": an appeal to X
5 USAGOV RUSGOV 041            # "spoke by phone from Geneva with Sergei Lavrov": the partner, not the place
