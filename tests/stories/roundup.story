# A story written for this test: in a round-up that moves from country to
# country, a sentence that opens with "In <country>," has its subject's
# country there ("In Myanmar, the military government sentenced"), not the
# country the story named most. Run by tests/stories.sh.
text: tests/stories/roundup.txt
date: 2023-09-15
dictionaries: default

1 -                            # (the army's own rebels: no event between Sudan's sides here)
2 SDNGOV SDNREB 112            # the officials accuse the rebels
2 SDNREB SDNHLH 190            # the reported attack
3 MMRMILGOV MMROPP 173         # Myanmar's junta, not Sudan's
4 SYRREB SYRMIL 192            # after a country's own name, the objects are of it too
4 SYRREB SYRMIL 190
