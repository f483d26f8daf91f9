"""egovnews: news articles from UN E-Government Survey rankings."""
