# A story written for this test: a sentence that opens with a quote and
# ends in its attribution (", Zelensky said" or ", said Netanyahu") is read
# as "Zelensky said that ...": the speaker accuses those the quote blames.
# Not the content of a claim ("the notion that ...") nor "it" standing for
# an infinitive, nor the speaker itself. Run by tests/stories.sh.
text: tests/stories/quote-first.txt
date: 2024-03-04
dictionaries: default

1 RUS UKR 190                  # the quote's own act
1 UKRGOV RUS 112               # Zelensky reports Russia's attack: an accusation
2 ISRGOV PSEREB 112            # blamed, the speaker after the verb
3 -                            # the notion's content is not the speaker's
4 -                            # "it" is the clause after "wrong"
5 -                            # the Houthis of themselves
7 RUS UKR 194                  # the quote's own act (shelling)
7 UKRGOV RUS 112               # an attribution between two parts of a quote
8 CHNGOV JPN 111               # coordinated adjectives: "selfish and irresponsible"
9 UKRGOV RUSMIL 112            # "have violated the truce": the verb after its auxiliary
