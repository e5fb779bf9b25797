# A story written for this test: a verb of saying whose reported clause
# blames its subject ("was responsible for", "was behind", "guilty of") is
# the speaker's accusation of that subject (112); a denial ("was not
# behind") is none. Run by tests/stories.sh.
text: tests/stories/accusation.txt
date: 2019-06-20
dictionaries: default

1 -                            # a bomb exploded: no actor acts
2 IRQ IMGISI 112               # Iraq said IS was responsible: Iraq accuses IS
3 -                            # "was not behind": a denial, no accusation
4 USA IRN 112                  # the United States said Iran was behind the attacks
5 FRA IMGISI 112               # "the rebels were responsible": "were" counts as "be"; the rebels = the armed group named last (IS)
6 CHN USA 111                  # China said the American sanctions were illegal: an act of the US condemned
7 -                            # "would be a mistake": a modal, no condemnation
