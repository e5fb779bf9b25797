# A story written for this test: a pronoun followed by a bracketed name
# stands for that name ("he (Saddam)"), and the bracket belongs to the noun
# phrase before it, so the clause keeps its subject. Run by tests/stories.sh.
text: tests/stories/bracket.txt
date: 2013-01-01
dictionaries: default

1 IRQELI IRN 2041              # "he (Saddam) had used chemical weapons against Iran"
1 GBRELI IRQELI 1124            # Blair says Saddam used chemical weapons: an accusation of mass violence ("had used": the verb after its auxiliary)
