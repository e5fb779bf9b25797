# A story written for this test: descriptions that refer to actors the story
# named before (news mode, the pronouns option). "the two countries", "both
# countries" are the last two states named (a place after "in" is not one);
# "the two leaders" the last two people; "the two sides" the last two actors;
# "the alliance" the last IGO; "the group" the last IGO or armed group. A
# description of two becomes a compound, so a mutual act with no other party
# ("signed a ceasefire", "met") gives both directions. Run by tests/stories.sh.
text: tests/stories/coref-descriptions.txt
date: 2022-05-10
dictionaries: default

1 ARM AZE 1123                 # accused of shelling
2 ARM AZE 057                  # "The two countries" = Armenia and Azerbaijan signed: both directions
2 AZE ARM 057                  # (Moscow, after "in", is a place, not a party)
3 ARM TUR 111                  # "Both countries" = Armenia and Azerbaijan, not Russia of "in Moscow"
3 AZE TUR 111                  # each criticized Turkey
4 IGONAT RUS 130               # NATO warned Russia
5 IGONAT IRN 111               # "The alliance" = NATO
6 RUSGOV DEUGOV 040            # Putin met Scholz: the subject meets the object (both ways only for a compound subject)
7 RUSGOV POL 051               # "The two leaders" = Putin and Scholz, not their countries
7 DEUGOV POL 051               # each praised Poland
8 -                            # a police station is no actor
9 NGAREB IGOUNO 130            # "The group" = Boko Haram, the newest IGO or armed group
10 NGAREB IGOUNO 040           # "The two sides" = the last two actors, Boko Haram and the UN
10 IGOUNO NGAREB 040           # met: both directions
@2 ARM The two countries       # each member of the description is a mention
@2 AZE The two countries
@9 NGAREB The group
