//! The process's own texts: key facts, the about page and the contact
//! details.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub established: Option<i32>,
    pub secretariat: Option<Secretariat>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Secretariat {
    pub name: String,
    pub acronym: String,
    pub since: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailParts {
    pub user: String,
    pub domain: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub organisation: String,
    pub address_lines: Vec<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    /// Kept in two parts so the address appears nowhere as plain text; the
    /// contact page joins them at run time.
    pub email: Option<EmailParts>,
    pub website: Option<String>,
    /// Caveats shown with the contact details ("verify before use").
    pub notes: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct About {
    pub summary: String,
    pub strengths: Vec<Strength>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strength {
    pub title: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub list: Vec<String>,
    pub sources: Vec<String>,
}
