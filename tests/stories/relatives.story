# A story written for this test: a relative clause is coded with the noun
# phrase it follows as its subject ("Russia, which invaded Ukraine, ..."),
# and the verb after it is the main clause's, with the noun phrase before
# the relative clause as its subject. Run by tests/stories.sh.
text: tests/stories/relatives.txt
date: 2023-06-01
dictionaries: default

1 RUS UKR 190                  # which invaded Ukraine: Russia
1 RUS FRA 112                  # the main verb after the relative clause: Russia accused France
2 USAGOV USAMIL 112            # the White House (the executive) blamed the general; the relative clause has no coded act
3 TUR SAU 111                  # Turkey criticized Saudi Arabia
3 SAU IRN 1125                 # which has accused Iran (of meddling): Saudi Arabia, the noun phrase before "which", not Turkey
