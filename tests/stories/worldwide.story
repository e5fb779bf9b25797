# A story written for this test: "world leaders", "international
# observers", "foreign companies" are actors of many states, not of the
# story's country; "the foreign minister" is still the story's. Run by
# tests/stories.sh.
text: tests/stories/worldwide.txt
date: 2012-09-25
dictionaries: default

1 SYRMIL SYRREB 190            # (the story's country is Syria)
2 -                            # "called on world leaders": not Syria's government
3 -                            # "pressured foreign companies": not the story country's companies
4 SYRGOV SYRREB 111            # "the foreign minister": the story's country
5 -                            # "World leaders" first in the sentence: of no one country
