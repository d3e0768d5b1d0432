package org.copro.identity;

/**
 * The role an administrator gives an account, and the page of the list the form was on.
 */
class RoleForm {

	private String role = "";

	private int page;

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
