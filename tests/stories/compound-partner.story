# A story written for this test: a compound subject of a reciprocal verb
# with no partner acts toward each other ("A and B met", "signed a peace
# declaration"); with an actor as the object of "met" the object is the
# partner; a topic ("discussed Ukraine", "discussed North Korea with
# reporters") is none: one discusses with a partner, one consults a partner. The subject of a clause
# whose adjunct holds a meeting noun takes part with each member of its
# coordination, a relative clause after it. Run by tests/stories.sh.
text: tests/stories/compound-partner.txt
date: 2015-03-01
dictionaries: default

1 USALEG USAGOV 040            # "McCain and Feinstein met President Obama": not each other
2 ARM AZE 057                  # "signed a peace declaration": each toward the other
2 AZE ARM 057
3 DEUGOV USAGOV 040            # "discussed Ukraine": Ukraine is the topic
3 USAGOV DEUGOV 040
4 RUSGOV CHNGOV 040            # "met in Beijing": each other
4 CHNGOV RUSGOV 040
5 USALEG USAGOV 040            # each member of "McCain, R-Ariz., and Netanyahu, who ..."
5 ISRGOV USAGOV 040
6 -                            # "discussed North Korea with reporters": North Korea is the topic
7 USAELI RUSGOV 040            # "discussed sanctions ... with the Russian ambassador"
8 USALEG USAGOV 040            # "consulted the president": the object is the partner
