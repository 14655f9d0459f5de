use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;

/// `?page=1&per_page=20` (1-based; at most 100 per page).
#[derive(Debug, Clone, Copy, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// 1-based page number.
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    /// Items per page (1 to 100).
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

impl PageQuery {
    pub fn resolve(self) -> Result<Paging, crate::ApiError> {
        let page = self.page.unwrap_or(1);
        let per_page = self.per_page.unwrap_or(DEFAULT_PER_PAGE);
        if page == 0 {
            return Err(crate::ApiError::rule(
                "page",
                &grantdesk_domain::Rule::AtLeast { min: 1 },
            ));
        }
        if per_page == 0 || per_page > MAX_PER_PAGE {
            return Err(crate::ApiError::rule(
                "per_page",
                &grantdesk_domain::Rule::Range {
                    min: 1,
                    max: MAX_PER_PAGE.into(),
                },
            ));
        }
        Ok(Paging { page, per_page })
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

impl Paging {
    pub fn offset(self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }
    pub fn limit(self) -> i64 {
        i64::from(self.per_page)
    }
    pub fn wrap<T>(self, items: Vec<T>, total: i64) -> Page<T> {
        Page {
            items,
            page: self.page,
            per_page: self.per_page,
            total,
        }
    }
}

/// One page of a listing.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    /// How many items match in all.
    pub total: i64,
}
