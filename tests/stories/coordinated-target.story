# A story written for this test: a later member of a coordination of verb
# phrases with no actor after its verb acts on the target of the member
# before it; not a statement, and not when its object is a name no
# dictionary knows. Run by tests/stories.sh.
text: tests/stories/coordinated-target.txt
date: 2014-03-04
dictionaries: default

1 USAGOV RUSGOV 0256           # "implored the Kremlin"
1 USAGOV RUSGOV 1312           # "... and warned of more sanctions": the Kremlin's
2 SAU QAT 161                  # "cut off diplomatic ties with Qatar"
2 BHR QAT 161
2 SAU QAT 191                  # "... and closed all borders": Qatar's
2 BHR QAT 191
3 RUSGOV TUR 042              # a visit; "said trade would grow" is no statement to Turkey
3 TUR RUSGOV 043
4 RUSGOV CAN 112               # "derided Browder": an unknown name, not Canada
5 UKR RUS 112                  # "..., saying Russia had violated the truce": "saying" is speech
