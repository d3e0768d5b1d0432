package org.copro.engines.opinion;

import java.util.List;

/** An opinion group: its members and the statements that set it apart. */
public record OpinionGroup(int id, List<String> members, double[] center,
		List<RepresentativeStatement> representative) {

	public OpinionGroup {
		members = List.copyOf(members);
		representative = List.copyOf(representative);
	}
}
