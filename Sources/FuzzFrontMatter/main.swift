import FuzzDriver

FuzzDriver.run(.frontMatter)
