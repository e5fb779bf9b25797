# A story written for this test: a material act that moves the source's own
# forces or envoys (aid 07, yielding 08, force posture 15, reducing
# relations 16) does not target them: "troops" and "its ambassador" are what
# is moved, the destination is the target. Run by tests/stories.sh.
text: tests/stories/own-forces.txt
date: 2025-03-03
dictionaries: default

1 IRN SYR 154                  # sent troops to Syria (154, as gold coders code deployments): Iran's troops (the story's country) are not the target; Syria is
2 -                            # sent advisers, no destination: no target, no event
3 IRNGOV TUR 161               # the government (Iran's, by the story) recalled its ambassador from Turkey
4 IRN IRNREB 154               # rebels of the same country stay a target (only the state's own forces and envoys are skipped)
