# A story written for this test: "they" stands for a subject that is one
# actor named by a plural ("the Palestinians"), later in its sentence and in
# the next one, until a subject of one actor named in the singular;
# a boycott by a state is a sanction (163), not a protest. Run by
# tests/stories.sh.
text: tests/stories/they-plural.txt
date: 2018-06-01
dictionaries: default

1 PSE USAGOV 163               # "they" later in the sentence; a state's boycott
3 PSE ISR 111                  # "They" in the next sentence
4 ISR PSE 120                  # (a rejection of "the plan" is aimed at the last act's owner)
5 -                            # a subject of one actor named in the singular ends "they"
6 IRQ IRNGOV 111               # (the main verb)
6 KWT IRNGOV 174               # the verb of a "whom" clause with no object of its own is done to the antecedent
7 USAELI RUSGOV 041            # "a phone call Tuesday to Lavrov": the day is no head; the call is the subject's
7 USAELI RUSGOV 020            # (the appeal)
