# A story written for this test: "the two leaders" after two people the
# same sentence names are those two, not the pair of an earlier sentence;
# a clause opened by "where" is an event of its own, outside the verb's
# words ("hosted ... in Beijing, where the two leaders signed agreements"
# is a visit, not an endorsement). Run by tests/stories.sh.
text: tests/stories/two-leaders.txt
date: 2023-04-15
dictionaries: default

1 USAGOV DEUGOV 040
2 CHNGOV BRAGOV 043            # the host
2 BRAGOV CHNGOV 042            # the visit
2 CHNGOV BRAGOV 057            # Xi and Lula sign, not Tai and Scholz
2 BRAGOV CHNGOV 057
