"""What people use: the web app (app.py, views.py, params.py, templates/, static/) and the
`minutebook` command line (cli/). settings.py says where the index is, for both.
"""
