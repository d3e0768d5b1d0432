META
key;value
description;Ballots too long
budget;100
vote_type;approval
rule;equalshares/add1
max_length;1
PROJECTS
project_id;cost;name
a;60;Park
b;40;Library
VOTES
voter_id;vote
1;a
2;a,b
3;b
4;a,b
