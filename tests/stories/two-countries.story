# A story written for this test: when two states are named as often, each
# more than once, neither is clearly the story's, so a bare agent gets no
# country, and an event between two actors with no country is not coded
# (it says nothing of who acted on whom). Run by tests/stories.sh.
text: tests/stories/two-countries.txt
date: 2023-01-01
dictionaries: default

1 RUS UKR 0841                 # a prisoner exchange: both directions
1 UKR RUS 0841
2 UKR RUS 1123                 # Ukraine accused Russia
2 RUS UKR 112                  # Russia says Ukraine "had violated" the truce: an accusation
@3 ---COP Police               # Russia and Ukraine named twice each: no country for the police
3 -                            # police (no country) arrested protesters (no country): nothing
