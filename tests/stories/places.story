# A roundup written for this test: places below the state (cities, regions, US
# states) stand for their country through dictionaries/places.actors.txt, and
# compose with agents ("police in Lagos" NGACOP). Without that file sentences 1-5
# give no country (sentence 1 codes ---COP ---CVL, 2-5 nothing). Run by
# tests/stories.sh.
text: tests/stories/places.txt
date: 2025-03-03
dictionaries: default

@1 NGACOP Police in Lagos      # Lagos is Nigeria; "police" composes with it
1 NGACOP NGACVL 173            # police in Lagos arrested protesters (civilians, Nigerian by the story)
@2 UKR Zaporizhzhia overnight  # a Ukrainian city (transliterations Zaporozhye, Zaporizhia are synonyms)
2 RUSMIL UKR 194               # Russian forces shelled a Ukrainian city: artillery against Ukraine
@3 PSE Jenin                   # a West Bank city: Palestine
3 ISRMIL PSE 190               # Israeli troops raided Jenin
@4 UKRGOV The governor of Kherson  # "governor of" + a Ukrainian region composes UKRGOV
4 UKRGOV RUS 1123              # the Kherson governor accused Russia of attacks on civilians
@5 USA California              # a US state is the United States
5 USA USAGOV 115               # California sued the administration
@6 USALEG Texas Sen. Ted Cruz  # a state before "Sen." is USALEG, as Cruz is: the state does not hide the senator
6 USALEG USAELI 111            # Cruz criticized Biden (Biden, out of office on the story's date, is USAELI)
