# A story written for this test: edges of the story-level rules, each once
# wrong (review of the story-name, person-head and accusation rules). Also
# sentence 3's mention: the code comes from the country entry.
# Run by tests/stories.sh.
text: tests/stories/edges.txt
date: 2019-03-01
dictionaries: default

1 JOR ISR 057                   # a compound subject signing: both directions
1 ISR JOR 057                   # (the other direction)
2 -                             # spoke to reporters: no act toward them
@3 JOR Jordan                   # the mention is the country
3 JOR ISR 111                   # "Jordan" alone stays the country, though the story named Rep. Jim Jordan
4 RUS UKR 111                   # "a Russian critic of Vladimir Putin": Russian, not Putin (a person across "of" does not replace the actor)
5 -                             # "may have been behind": a modal, no accusation
6 -                             # "responsible for security": no act named, no accusation
7 INDMIL CHNMIL 190             # "Indian and Chinese troops": the head noun is both members' (a reciprocal clash)
7 CHNMIL INDMIL 190             # (the other direction)
