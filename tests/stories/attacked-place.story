# A story written for this test: an assault on a place that names no actor
# (a market, a village) is one on the civilians of the state where it lies
# (the place the sentence names, else the story's); a place of the source's
# own state too. Not a seizure of ground (whom it is against is who held
# it), not a capitalised "House", not a weapon. Run by tests/stories.sh.
text: tests/stories/attacked-place.txt
date: 2022-09-01
dictionaries: default

1 PAKREB PAKCVL 195            # "bombed a crowded market" in Peshawar
2 NGAREB NGACVL 190            # "attacked a village in Borno state": Nigeria's own civilians
3 -                            # "captured the town of Qusayr": 192 is against who held it, not coded here
4 -                            # "attacked the House": Congress, no place
5 SYR SYROPP 2041              # the weapon is no target; the opposition is
