# A story written for this test: an attack named as a noun is force (190),
# but public life's attacks on its own country's public life are criticism
# (111); an attack names no attacker by a lower-case agent word alone, nor
# by the clause's subject.
# Run by tests/stories.sh.
text: tests/stories/attack-noun.txt
date: 2019-07-16
dictionaries: default

1 USAGOV USAPTYLEG 111        # "Trump ... his attacks on Democratic lawmakers"
2 ISR PSE 190                 # "Israel's attacks on Gaza"
3 -                           # "Terrorist attacks on Americans": no attacker named
4 -                           # the questioners are not the attackers
5 -                           # "Militant attacks": a capital at the start names no one
6 USAGOV USAPTYLEG 111        # "The president's attacks": a definite description names him
7 USAGOV CHN 111              # "his campaign attacks against China": attacks in words, on another country too
