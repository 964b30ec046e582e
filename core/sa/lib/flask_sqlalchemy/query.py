"""Flask-SQLAlchemy's Query: SQLAlchemy's, with the *_or_404 helpers and paginate()."""

import sqlalchemy.exc
import sqlalchemy.orm


class Query(sqlalchemy.orm.Query):
    def get_or_404(self, ident, description=None):
        rv = self.get(ident)
        if rv is None:
            from flask import abort

            abort(404, description=description)
        return rv

    def first_or_404(self, description=None):
        rv = self.first()
        if rv is None:
            from flask import abort

            abort(404, description=description)
        return rv

    def one_or_404(self, description=None):
        try:
            return self.one()
        except (sqlalchemy.exc.NoResultFound, sqlalchemy.exc.MultipleResultsFound):
            from flask import abort

            abort(404, description=description)

    def paginate(self, *, page=None, per_page=None, max_per_page=None, error_out=True, count=True):
        from .pagination import QueryPagination

        return QueryPagination(query=self, page=page or 1, per_page=per_page or 20, max_per_page=max_per_page,
                               error_out=error_out, count=count)
