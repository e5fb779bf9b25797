# A story written for this test, from a review of the session's rules:
# "his case" keeps the person it stood for when the story's topic changes
# later in the sentence; "claims that" as a verb reports as "said that"
# does (only the noun of report hides its clause); a city is no person
# exempt from the own-country rule; a state's strikes are no labour strike;
# "struck out" is no strike; forces a state mobilizes are its own;
# "Georgia" in a story of the United States is the US state. Run by
# tests/stories.sh.
text: tests/stories/review-fixes-2.txt
date: 2016-01-01
dictionaries: default

@2 USA his case                # Snowden's, though Comey becomes the topic
2 USACOP USA 090               # (the investigation)
3 UKR RUSMIL 190               # "claims that" as a verb
3 RUS UKR 112                  # (and Russia, named, accuses Ukraine)
4 -                            # Donetsk is Ukraine's own place
5 ISR SYR 190                  # "strikes inside Syria" are military
6 -                            # "struck out on their own"
7 ITA ITACOP 154               # forces a state mobilizes are its own, not the (Washington) story's
8 USALEG USAGOV 111            # "Georgia" in a story of the United States that named no Georgian actor: the US state
9 UKR RUS 112                  # a named speaker who reports another's violence accuses it
9 RUS UKR 190                  # (the attack)
10 USA SYRREB 112              # "confirmed" states a fact; the first of coordinated verbs (the group: of Syria, the story's place)
10 SYRREB IRQCVL 181           # (the kidnapping)
10 SYRREB IRQCVL 173           # (the imprisonment)
11 RUSMIL UKR 190              # unnamed officials report; the addressee is accused of nothing
12 IRN USACVL 173              # "Iranian-Americans": people named by a plural of a state's word are of that state (counted: its people)
13 IRQMIL IRN 150              # (the interception)
13 IRQMIL IRN 195              # "shot it down": "it" is the object of the verb before; shooting down is aerial
14 INDGOV IGOG7 111            # a state named as a place ("In London") is no subject
15 USALEG USAELI 111           # a judgement of a compatriot's act is still one (codes differ); "deeply" intensifies
