# A story written for this test: long subjects with appositions and
# relative clauses ("X, who won ... in May, ordered"; "X, a former UN
# official who took up the post, accused"): "May" after "in" is the month,
# a relative clause inside an apposition ends at its comma, an indefinite
# description set off by a comma is no subject; ordering troops or
# peacekeepers to leave is an expulsion (166, 1661). Run by tests/stories.sh.
text: tests/stories/appositions.txt
date: 2024-09-01
dictionaries: default

1 TCDGOV FRAMIL 166            # "ordered French troops to leave"
2 CODGOV RWA 112               # the minister accuses Rwanda (not "a former UN official")
3 MLIMILGOV IGOUNOPKO 1661     # peacekeepers ordered out
4 SDNREB SDN 192               # a relative clause ("that has been fighting Sudan's army") holds no subject of "seized"; a town seized by rebels is their state's ground
5 ETHREB ETHMIL 190            # forces loyal to a rebel group are rebels
