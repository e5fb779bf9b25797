# A story written for this test: an intent (03x) that a compound subject
# "agreed" on is stated by each party to the other, also in a later member of
# a coordination; a place ("in Paris") or a topic ("on al-Shabaab") after the
# verb is no target. A pledge to help someone else stays aimed at them.
# Run by tests/stories.sh.
text: tests/stories/agreed-intent.txt
date: 2024-06-03
dictionaries: default

1 KEN ETH 057                  # "signed a defence pact": both ways
1 ETH KEN 057
1 KEN ETH 0314                 # "agreed to share intelligence on al-Shabaab": with each other
1 ETH KEN 0314
2 UKRGOV FRAGOV 041            # a phone call
2 FRAGOV UKRGOV 041
2 UKRGOV FRAGOV 036            # "agreed to meet in Paris": with each other, Paris is a place
2 FRAGOV UKRGOV 036
3 KEN SOM 033                  # a pledge to help Somalia is aimed at Somalia
3 ETH SOM 033
4 GBR FRA 030                  # "agreed to stabilize exchange rates": no other actor, a mutual intent
4 FRA GBR 030
5 USA RUS 174                  # "agreed to expel Russia": the inner verb codes the act toward Russia
5 GBR RUS 174
6 -                            # "could agree": not done
