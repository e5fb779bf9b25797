# A story written for this test: "X loyal to Y" is X of Y's state ("troops
# loyal to President Assad" are Syria's military), and the parser keeps
# "loyal to Y" inside the subject. Run by tests/stories.sh.
text: tests/stories/loyal-to.txt
date: 2013-09-03
dictionaries: default

1 SYRMIL TUR 194               # "Troops loyal to President Bashar al-Assad shelled the Turkish border town"
2 IRN USAMIL 190               # "Fighters loyal to Iran attacked U.S. troops": Iran's (no agent word for fighters)
