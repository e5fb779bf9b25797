# A story written for this test: in news every form of "be" makes a passive
# ("are targeted by", "were shot by"), so the "by" phrase is the source;
# a pattern that places the roles itself ("- + *_BY_$") is not swapped
# again. Run by tests/stories.sh.
text: tests/stories/passive.txt
date: 2016-01-01
dictionaries: default

1 SYRREB TURMIL 190            # "are targeted by Syrian rebels": the rebels act
2 IMGISI TURCVL 193            # "were shot by IS fighters"; civilians take the story's state (Turkey)
3 USA PRK 163                  # "is sanctioned by the United States and China": the pattern places the roles
3 CHN PRK 163
4 TURGOV RUSGOV 040            # "is meeting with": an active verb group; a later participle with "by" makes no passive
5 SYRMIL TURMIL 190            # "attacked in the port city of Latakia by Syrian forces": the "by" phrase acts, not the place on the way
6 RUSGOV TURGOV 040            # "was met at the airport by the Russian foreign minister"
7 TURGOV SYRCVLREF 040         # "met families of Syrian refugees"
7 GRCCOP SYRCVLREF 173            # "refugees detained by Greek police": a participle clause with "by" is a passive
8 RUSGOV TUR 0841              # "freed two Turkish sailors"
8 UKRMIL TUR 181               # "sailors abducted by Ukrainian forces"
