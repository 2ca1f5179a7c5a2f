//! The process's own texts: key facts, the about page and the contact
//! details.

use serde::Deserialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Facts {
    pub established: Option<i32>,
    pub secretariat: Option<Secretariat>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Secretariat {
    pub name: String,
    pub acronym: String,
    pub since: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct EmailParts {
    pub user: String,
    pub domain: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Contact {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub address_lines: Vec<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    /// Kept in two parts so the address appears nowhere as plain text; the
    /// contact page joins them at run time.
    pub email: Option<EmailParts>,
    pub website: Option<String>,
    /// Caveats shown with the contact details ("verify before use").
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct About {
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub strengths: Vec<Strength>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Strength {
    pub title: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}
