<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an RSS 2.0 or Atom feed of RESULTS as a readable page when someone opens it in a
     browser; feed readers ignore it. No script and no inline style (the site's CSP): the look
     comes from feed.css next to this file. English or Spanish, from the feed's language. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="utf-8" indent="yes"
      doctype-system="about:legacy-compat"/>

  <xsl:variable name="language" select="substring(concat(/rss/channel/language, /atom:feed/@xml:lang), 1, 2)"/>
  <xsl:variable name="es" select="$language = 'es'"/>
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>

  <xsl:template match="/">
    <html>
      <xsl:attribute name="lang"><xsl:choose><xsl:when test="$es">es</xsl:when><xsl:otherwise>en</xsl:otherwise></xsl:choose></xsl:attribute>
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$title"/></title>
        <!-- Relative to the feed, not to this file: STATIC_URL is /static/ (whitenoise). -->
        <link rel="stylesheet" href="/static/feeds/feed.css"/>
      </head>
      <body>
        <main class="feed">
          <p class="feed__kind">
            <xsl:choose>
              <xsl:when test="$es">Fuente web (RSS o Atom)</xsl:when>
              <xsl:otherwise>Web feed (RSS or Atom)</xsl:otherwise>
            </xsl:choose>
          </p>
          <h1><xsl:value-of select="$title"/></h1>
          <div class="feed__hint">
            <xsl:choose>
              <xsl:when test="$es">
                <p>Esta es una fuente web: copie su dirección en su lector de noticias para recibir lo nuevo sin visitar el sitio.</p>
              </xsl:when>
              <xsl:otherwise>
                <p>This is a web feed: copy its address into your feed reader to get what is new without visiting the site.</p>
              </xsl:otherwise>
            </xsl:choose>
            <p class="feed__address"><code><xsl:value-of select="$self"/></code></p>
            <p>
              <a href="{$home}">
                <xsl:choose>
                  <xsl:when test="$es">Ver esta lista en el sitio web</xsl:when>
                  <xsl:otherwise>See this list on the website</xsl:otherwise>
                </xsl:choose>
              </a>
            </p>
          </div>
          <h2>
            <xsl:choose>
              <xsl:when test="$es">Lo más reciente</xsl:when>
              <xsl:otherwise>Latest items</xsl:otherwise>
            </xsl:choose>
          </h2>
          <ul class="feed__items">
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                <p class="feed__date"><xsl:value-of select="substring(pubDate, 6, 11)"/></p>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
            <xsl:for-each select="/atom:feed/atom:entry">
              <li>
                <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
                <p class="feed__date"><xsl:value-of select="substring(atom:published | atom:updated[not(../atom:published)], 1, 10)"/></p>
                <p><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
