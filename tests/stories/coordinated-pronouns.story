# A story written for this test: "him" in a later member of a coordination
# of verb phrases is the one person its earlier members name ("did not meet
# Xi but spoke with him"), not across clauses; "they" after a single
# place ("did not advance on Kharkiv, but they shelled") is still the
# plural subject. Run by tests/stories.sh.
text: tests/stories/coordinated-pronouns.txt
date: 2019-06-01
dictionaries: default

1 USAGOV CHNGOV 041            # "spoke with him" by telephone: Xi
2 RUSMIL UKR 194               # "they shelled": the Russian troops
3 RUSMIL UKRCVL 194            # "the city" attacked: the place the sentence named (Kharkiv), its civilians
