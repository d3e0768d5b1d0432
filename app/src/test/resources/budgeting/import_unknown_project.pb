META
key;value
description;Broken budget
budget;100
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;name
a;60;Park
b;40;Library
VOTES
voter_id;vote
1;a
2;a,z
