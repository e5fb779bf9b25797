# A story written for this test: a name no dictionary knows takes the code
# of a description of one kind of person set off after it ("Sadaf Jafar, a
# political activist,"; the country from the story), and its last name
# names it again in later sentences ("Jafar told"). Not a body that no
# entry codes ("the director of the Free Speech Institute"). Run by
# tests/stories.sh.
text: tests/stories/described-names.txt
date: 2020-01-20
dictionaries: default

1 INDCOP INDOPP 173            # the activist arrested
2 INDCOP INDOPP 173            # "Jafar" = the activist named before
3 INDEDU INDGOV 111            # two descriptions: the members act, not the name
3 INDHLH INDGOV 111
4 -                            # an institute no entry knows: no code
5 INDOPP INDJUD 051            # the described member of a compound
