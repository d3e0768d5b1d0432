META
key;value
description;Greenfield community budget 2026 – North ward
unit;Greenfield
subunit;North ward
budget;50
currency;GBP
vote_type;approval
rule;greedy
num_projects;2
num_votes;3
PROJECTS
project_id;cost;name
n1;30;Play area
n2;30;Tree planting
VOTES
voter_id;vote
1;n1
2;n2
3;n2
