# A story written for this test: agents with no country of their own
# ("police", "the ministry") take the state the story has named most so far
# (dyad code's story_country rule). Run by tests/stories.sh.
text: tests/stories/story-country.txt
date: 2025-03-03
dictionaries: default

@2 SRBCOP Police               # no country in the words: Serbia, the story's state so far
1 -                            # a speech to supporters: no target actor
2 SRBCOP SRBOPP 173            # police arrested opposition activists, both Serbian by the story
3 HUNGOV SRB 051               # Hungary's prime minister praised Serbia (the fronted "Later," keeps the clause)
4 SRBGOV SRBCVL 111            # the ministry (Serbian: Serbia is still named most) condemned the protesters (civilians, docs/coding-guide.md)
