# A story written for this test: an attack with no weapon by a body or
# person of public life on a person, or on a body of its own country's
# public life, is made in words (111), and so is one by a person of public
# life on an organisation ("attacked the World Health Organization"), not
# on its things ("a UN aid convoy");
# states' and armies' attacks are force (190).
# Run by tests/stories.sh.
text: tests/stories/verbal-attack.txt
date: 2019-05-01
dictionaries: default

1 USALEG USAJUD 111           # "Pelosi attacked Attorney General William Barr"
2 USAGOV USALEG 111           # "Trump attacked Adam Schiff"
3 USAMED USAGOV 111           # "CNN attacked Trump"
4 RUS UKR 190                 # a state's attack is force
5 SYRMIL SYRREB 190           # an army's attack is force
6 USAGOV USALEG 111           # "renewed his attacks on Adam Schiff": the noun after a light verb too
7 RUS UKR 190                 # a state's renewed attacks are force
8 ISRGOV PSEREB 190           # "launched attacks on" with no word of speech: force
9 USAGOV IGOUNOWHO 111        # "Trump attacked the World Health Organization": in words
10 USAGOV IGONAT 111          # "Trump's attacks on NATO": in words
11 SYRGOV IGOUNO 190          # "Assad attacked a UN aid convoy": a thing of the UN, force
