# A story written for this test: retaliating "for" an attack is aimed at the
# attacker; "reiterated his country would retaliate" is a threat the speaker
# makes for his own state ("his country"), as "said it would". Mousavi was
# Iran's prime minister from 1981 to 1989. Run by tests/stories.sh.
text: tests/stories/retaliation.txt
date: 1987-10-20
dictionaries: default

1 IRNGOV USAMIL 138            # a vow to retaliate for U.S. Navy attacks: a threat toward the attacker
2 IRN USA 190                  # retaliated for the American attack
