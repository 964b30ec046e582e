"""Pagination of a query (Flask-SQLAlchemy 3.0's attributes: items, total, pages, has_next, ...)."""

from math import ceil


class Pagination:
    def __init__(self, page=1, per_page=20, max_per_page=100, error_out=True, count=True, **kwargs):
        self._query_args = kwargs
        if max_per_page is not None:
            per_page = min(per_page, max_per_page)
        self.page = page
        self.per_page = per_page
        self.max_per_page = max_per_page
        items = self._query_items()
        if not items and page != 1 and error_out:
            from flask import abort

            abort(404)
        self.items = items
        self.total = self._query_count() if count else None

    @property
    def _query_offset(self):
        return (self.page - 1) * self.per_page

    @property
    def first(self):
        if len(self.items) == 0:
            return 0
        return (self.page - 1) * self.per_page + 1

    @property
    def last(self):
        first = self.first
        return max(first, first + len(self.items) - 1)

    @property
    def pages(self):
        if self.total == 0 or self.total is None:
            return 0
        return ceil(self.total / self.per_page)

    @property
    def has_prev(self):
        return self.page > 1

    @property
    def prev_num(self):
        return self.page - 1 if self.has_prev else None

    @property
    def has_next(self):
        return self.page < self.pages

    @property
    def next_num(self):
        return self.page + 1 if self.has_next else None

    def __iter__(self):
        yield from self.items


class QueryPagination(Pagination):
    def _query_items(self):
        query = self._query_args["query"]
        return query.limit(self.per_page).offset(self._query_offset).all()

    def _query_count(self):
        query = self._query_args["query"]
        return query.order_by(None).count()
